package main

// Field access through a pointer to a struct dereferences automatically:
// p.f is (*p).f. Pointers to fields and to array elements inside structs
// alias the struct's storage.

type Vec struct {
	X, Y, Z int
}

type Particle struct {
	Name string
	Pos  Vec
	Vel  Vec
	Hist [3]int
}

func step(p *Particle) {
	p.Pos.X += p.Vel.X
	p.Pos.Y += p.Vel.Y
	p.Pos.Z += p.Vel.Z
	p.Hist[0], p.Hist[1], p.Hist[2] = p.Hist[1], p.Hist[2], p.Pos.X
}

func newParticle(name string, vx int) *Particle {
	return &Particle{Name: name, Vel: Vec{vx, 1, -1}}
}

func scale(v *Vec, k int) {
	v.X *= k
	v.Y *= k
	v.Z *= k
}

func main() {
	p := newParticle("alpha", 2)
	for i := 0; i < 4; i++ {
		step(p)
	}
	println(p.Name, "pos:", p.Pos.X, p.Pos.Y, p.Pos.Z)
	println("hist:", p.Hist[0], p.Hist[1], p.Hist[2])
	println("(*p).Pos.X =", (*p).Pos.X, "len(p.Name) =", len(p.Name))

	vp := &p.Vel
	scale(vp, 3)
	println("vel after scale via &p.Vel:", p.Vel.X, p.Vel.Y, p.Vel.Z)

	hp := &p.Hist[2]
	*hp = -8
	println("hist[2] via pointer:", p.Hist[2])

	q := p
	q.Name = "beta"
	println("q := p shares the struct: p.Name =", p.Name)

	copyOf := *p
	copyOf.Name = "gamma"
	copyOf.Pos.X = 0
	println("copy *p then modify: p.Name =", p.Name, "p.Pos.X =", p.Pos.X, "copy:", copyOf.Name, copyOf.Pos.X)

	pp := &p
	(*pp).Pos.Y = 77
	println("through **Particle: p.Pos.Y =", p.Pos.Y)

	ps := [3]*Vec{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	total := 0
	for _, v := range ps {
		scale(v, 2)
		total += v.X + v.Y + v.Z
	}
	println("array of *Vec total after doubling:", total, "ps[2].Z =", ps[2].Z)

	pv := &Vec{Z: 5}
	pv.Y = pv.Z * 2
	println("&Vec{Z: 5}:", pv.X, pv.Y, pv.Z)
}
