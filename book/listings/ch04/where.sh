# Where x and c live. The kernel maps the goroutine's stack at a random
# address at every run (address-space layout randomization): sed hides it.
gocc build add2.go
./add2 2>&1 | sed -E 's/0x7[0-9a-f]{11}/0x7xxxxxxxxxxx/'
