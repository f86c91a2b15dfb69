# The four hello worlds side by side: size, disassembly length, linking.
# requires: gcc go objdump file
gcc -o hello_c hello.c
gcc -static -o hello_c_static hello.c
go build -o hello_gc hello.go
gocc build hello.go
printf '%-15s %7s %8s  %s\n' binary KB lines linking
for b in hello_c hello_c_static hello_gc hello; do
	kb=$(ls -l $b | awk '{print int($5/1024 + 0.5)}')
	lines=$(objdump -d $b | wc -l)
	linking=$(file $b | grep -o -e 'dynamically linked' -e 'statically linked')
	printf '%-15s %7s %8s  %s\n' $b $kb $lines "$linking"
done
