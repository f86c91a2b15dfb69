# ByRef and ByValue, not inlined, in gocc.
gocc -S account_noinline.go | awk -v f="main.ByRef main.ByValue" -v brief=1 -f func.awk
