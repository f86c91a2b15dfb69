# The same functions in gc's binary (assembly ones carry an .abi0 suffix).
# requires: go
go build -o hello_gc hello.go
for f in _rt0_amd64_linux _rt0_amd64 runtime.rt0_go \
	runtime.check runtime.args runtime.osinit \
	runtime.schedinit runtime.newproc runtime.mstart \
	runtime.mstart0 runtime.mstart1 runtime.schedule \
	runtime.execute runtime.gogo runtime.main main.main; do
	nm hello_gc | awk -v f="$f" '$3 == f || $3 == f ".abi0"'
done
