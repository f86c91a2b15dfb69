# A loop: a conditional branch back and an unconditional one.
gocc -S -func=sum index.go
gocc run index.go
