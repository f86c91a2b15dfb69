# gocc's add: arguments in DI and SI, results in AX and DX.
gocc -S -func=add add.go
