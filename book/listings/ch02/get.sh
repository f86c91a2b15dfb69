# An indexed load from a global array, after a bounds check.
gocc -S -func=get index.go
