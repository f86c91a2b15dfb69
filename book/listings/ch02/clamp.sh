# An unsigned comparison and a conditional branch.
gocc -S -func=clamp index.go
