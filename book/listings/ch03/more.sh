# Three results (returned through memory) and eight arguments (two on the
# stack), in gocc.
gocc -S -func=split more.go
gocc -S -func=sum8 more.go
gocc run more.go
