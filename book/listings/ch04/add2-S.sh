# add2 in gocc: a call to runtime.newobject instead of a stack slot.
gocc -S -func=add2 add2.go | awk -v f=main.add2 -v brief=1 -f func.awk
