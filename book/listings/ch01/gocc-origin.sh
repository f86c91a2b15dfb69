# gocc's binary by origin, and its biggest symbols outside .bss.
gocc build hello.go
nm -S -C -t d hello | awk -f origin.awk | sort
nm -S -C -t d --size-sort hello | grep -v ' [bB] ' | tail -8 | cut -d' ' -f2-
