# -m=2: each decision with the flow that caused it.
gocc -m=2 flow.go
