# gc's -m=2 for the same file, compared with gocc's line by line (gc
# prints a package header first).
# requires: go
go build -gcflags=-m=2 -o /dev/null flow.go 2>gc.txt
gocc -m=2 flow.go 2>gocc.txt
sed -e '/^#/d' gc.txt | diff - gocc.txt && echo "identical: $(wc -l <gocc.txt) lines"
