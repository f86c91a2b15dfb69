# A function with arguments that calls: gocc keeps c in R12 across the call.
gocc -S -func=sum3 add.go
