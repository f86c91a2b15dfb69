# Two arrays whose addresses are never taken, one byte apart in size.
gocc -m big.go
