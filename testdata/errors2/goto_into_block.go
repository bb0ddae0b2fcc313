// errorcheck

// goto may not jump over declarations or into blocks; labels must be used and defined.

package main

func main() {
	goto L // ERROR "goto L jumps over variable declaration at line|jumps over declaration"
	x := 1
L:
	_ = x
	goto M // ERROR "goto M jumps into block starting at|jumps into block"
	{
	M:
	}
unused: // ERROR "label unused defined and not used"
	goto missing // ERROR "label missing not defined"
}
