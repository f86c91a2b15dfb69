# Loads of each size, widened to 64 bits.
gocc -S -func=load moves.go
