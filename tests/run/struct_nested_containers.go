package main

// Structs holding strings, arrays and slices, nested structs several levels
// deep, and fields of structs stored in arrays and slices updated in place.

type Cell struct {
	Label string
	Value int
}

type Row struct {
	Cells [4]Cell
	Notes []string
}

type Sheet struct {
	Title string
	Rows  [3]Row
	Meta  struct {
		Version int
		Author  string
	}
}

func rowSum(r Row) int {
	s := 0
	for _, c := range r.Cells {
		s += c.Value
	}
	return s
}

func fill(sh *Sheet) {
	for i := range sh.Rows {
		for j := range sh.Rows[i].Cells {
			sh.Rows[i].Cells[j].Value = (i + 1) * (j + 1)
			sh.Rows[i].Cells[j].Label = string(rune('A'+j)) + string(rune('1'+i))
		}
		sh.Rows[i].Notes = append(sh.Rows[i].Notes, "filled")
	}
}

func main() {
	var sh Sheet
	sh.Title = "budget"
	sh.Meta.Version = 2
	sh.Meta.Author = "ann"
	fill(&sh)
	for i, r := range sh.Rows {
		println("row", i, "sum", rowSum(r), "first", r.Cells[0].Label, "last", r.Cells[3].Label, "notes", len(r.Notes))
	}
	sh.Rows[1].Cells[2].Value += 100
	println("after += 100: row 1 sum", rowSum(sh.Rows[1]))

	r := sh.Rows[2]
	r.Cells[0].Value = -50
	r.Notes[0] = "edited copy"
	println("copied row: original cell", sh.Rows[2].Cells[0].Value, "shared note", sh.Rows[2].Notes[0])

	cells := []Cell{{"x", 1}, {"y", 2}}
	cells[1].Value *= 10
	cells = append(cells, Cell{Label: "z"})
	cells[2].Value = cells[0].Value + cells[1].Value
	for _, c := range cells {
		println("cell", c.Label, c.Value)
	}

	sheets := [2]Sheet{sh, sh}
	sheets[1].Title = "copy"
	sheets[1].Meta.Version++
	println(sheets[0].Title, sheets[0].Meta.Version, sheets[1].Title, sheets[1].Meta.Version, sheets[1].Meta.Author)
	println("label lengths:", len(sh.Rows[0].Cells[0].Label), len(sh.Title+sh.Meta.Author))
}
