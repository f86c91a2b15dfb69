# The two loops of account.go in gocc, with ByRef and ByValue inlined: the
# instructions of the loops (lines 38-39, 51-52) and of the inlined
# bodies (lines 18 and 23).
gocc -S account.go | awk -v f="main.measureByRef main.measureByValue" -v brief=1 -f func.awk |
	grep -E "STEXT|account.go:(18|23|38|39|51|52)\)"
