module abi0

go 1.21
