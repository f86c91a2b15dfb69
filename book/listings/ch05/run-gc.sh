# The same two programs built by gc.
# requires: go
# varies: [0-9]+\.[0-9] ns/op
go version
for p in account account_noinline; do
	go build -o $p $p.go
	echo "== $p"
	./$p
done
