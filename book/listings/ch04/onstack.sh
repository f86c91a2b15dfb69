# &c passed down to inc, which only writes through it: c stays in the frame.
gocc -m onstack.go
gocc -S -func=onStack onstack.go | awk -v f=main.onStack -v brief=1 -f func.awk
