# add2 without //go:noinline: inlined into main, where the pointer stays.
gocc -m inline.go
gocc -S -func=main inline.go | awk -v f=main.main -v brief=1 -f func.awk
