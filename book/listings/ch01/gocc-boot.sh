# The functions on gocc's bootstrap path, in the order they run.
gocc build hello.go
for f in _rt0_amd64_linux _rt0_amd64 runtime.rt0_go \
	runtime::runtime1::check runtime::runtime1::args runtime::os_linux::osinit \
	runtime::proc::schedinit runtime.newproc runtime.mstart \
	runtime::proc::mstart0 runtime::proc::mstart1 runtime::proc::schedule \
	runtime::proc::execute runtime.gogo runtime.main main.main; do
	nm -C hello | awk -v f="$f" '$3 == f'
done
