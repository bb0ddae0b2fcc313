// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package os

import (
	"syscall"
	"time"
)

// A FileInfo describes a file and is returned by Stat and Lstat (Go's
// io/fs.FileInfo: io/fs is ported only as far as its errors).
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (nil here)
}

// The single letters are the abbreviations
// used by the String method's formatting.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte // Mode is uint32.
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }

// The file type and mode bits of st_mode (syscall's S_IF*, S_IS* on
// linux/amd64).
const (
	s_IFMT   = 0xf000
	s_IFBLK  = 0x6000
	s_IFCHR  = 0x2000
	s_IFDIR  = 0x4000
	s_IFIFO  = 0x1000
	s_IFLNK  = 0xa000
	s_IFSOCK = 0xc000
	s_ISGID  = 0x400
	s_ISUID  = 0x800
	s_ISVTX  = 0x200
)

// A fileStat is the implementation of FileInfo returned by Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// Stat returns a FileInfo describing the named file.
// If there is an error, it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	return statNolog(name, true, "stat")
}

// Lstat returns a FileInfo describing the named file.
// If the file is a symbolic link, the returned FileInfo
// describes the symbolic link. Lstat makes no attempt to follow the link.
// If there is an error, it will be of type *PathError.
func Lstat(name string) (FileInfo, error) {
	return statNolog(name, false, "lstat")
}

func statNolog(name string, follow bool, op string) (FileInfo, error) {
	size, mode, sec, nsec, e := stat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
	}
	fs := &fileStat{name: basename(name), size: size, modTime: time.Unix(sec, nsec)}
	fs.mode = FileMode(mode & 0777)
	switch mode & s_IFMT {
	case s_IFBLK:
		fs.mode |= ModeDevice
	case s_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case s_IFDIR:
		fs.mode |= ModeDir
	case s_IFIFO:
		fs.mode |= ModeNamedPipe
	case s_IFLNK:
		fs.mode |= ModeSymlink
	case s_IFSOCK:
		fs.mode |= ModeSocket
	}
	if mode&s_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if mode&s_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if mode&s_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
	return fs, nil
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Remove removes the named file or (empty) directory.
// If there is an error, it will be of type *PathError.
func Remove(name string) error {
	// System call interface forces us to know
	// whether name is a file or directory.
	// Try both: it is cheaper on average than
	// doing a Stat plus the right one.
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}

	// Both failed: figure out which error to return.
	// OS X and Linux differ on whether unlink(dir)
	// returns EISDIR, so can't use that. However,
	// both agree that rmdir(file) returns ENOTDIR,
	// so we can use that to decide which error is real.
	// Rmdir might also return ENOTDIR if given a bad
	// file path, like /etc/passwd/foo, but in that case,
	// both errors will be ENOTDIR, so it's okay to
	// use the error from unlink.
	if syscall.Errno(e1) != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: syscall.Errno(e)}
}

// Getpid returns the process id of the caller.
func Getpid() int

// The natives (runtime/native_os.cpp): Go's syscall.Stat/Lstat, Unlink and
// Rmdir, each returning the raw errno (0 on success), retried on EINTR.
func stat(name string, follow bool) (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)
func unlink(name string) (errno int)
func rmdir(name string) (errno int)
