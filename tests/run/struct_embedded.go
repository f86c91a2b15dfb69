package main

// Embedded structs: their fields are promoted to the outer struct, also
// through an embedded pointer; a field at a shallower depth hides a deeper
// one with the same name, which stays reachable by its full path.

type Base struct {
	ID   int
	Name string
}

type Audit struct {
	Created, Updated int
}

type User struct {
	Base
	*Audit
	Email string
}

type Admin struct {
	User
	Level int
	Name  string // hides User.Base.Name
}

func touch(a *Audit, t int) {
	a.Updated = t
}

func describe(u User) {
	println("user", u.ID, u.Name, u.Email, "created", u.Created, "updated", u.Updated)
}

func main() {
	u := User{Base: Base{ID: 1, Name: "ann"}, Audit: &Audit{Created: 100}, Email: "ann@example.com"}
	describe(u)

	u.ID = 2
	u.Base.Name = "anne"
	u.Updated = 150
	describe(u)
	println("u.Base.ID == u.ID:", u.Base.ID == u.ID, "u.Audit.Updated:", u.Audit.Updated)

	v := u // copies Base, but the *Audit pointer is shared
	v.Name = "vee"
	v.Created = 999
	println("after copy and modify: u.Name =", u.Name, "u.Created =", u.Created)
	touch(v.Audit, 300)
	println("touch through the copy: u.Updated =", u.Updated)

	ad := Admin{User: u, Level: 3, Name: "root"}
	println("admin Name:", ad.Name, "promoted User.Name:", ad.User.Name, "ad.Base.Name:", ad.User.Base.Name)
	println("admin promoted ID:", ad.ID, "Email:", ad.Email, "Created:", ad.Created)
	ad.ID = 42
	ad.Updated = 400
	println("admin ID:", ad.ID, "u.ID unchanged:", u.ID, "u.Updated shared:", u.Updated)

	pa := &ad
	pa.Level++
	pa.Email = "root@example.com"
	println("through *Admin:", pa.Level, pa.Email, pa.User.Email, pa.Created)

	ptrs := [2]*User{&u, &v}
	for i, p := range ptrs {
		p.ID += 10 * (i + 1)
	}
	println("IDs after loop over [2]*User:", u.ID, v.ID)

	type Wrapper struct {
		Base
		Extra int
	}
	w := Wrapper{Base{7, "wrapped"}, 1}
	println("local embedding:", w.ID, w.Name, w.Extra)
	b := w.Base
	b.ID = 8
	println("w.Base copied out: w.ID =", w.ID, "b.ID =", b.ID)
}
