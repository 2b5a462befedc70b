package main

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// redisProxy sits between archbot serve processes and redis-server and counts, at the wire, the
// round trips and commands they make. A go-redis hook cannot see into another process; this sees
// every byte the real `archbot serve` sends, whatever client code sent it, and counts what
// redisstore.CountingHook counts from inside. A round trip is a command sent on a connection with
// no reply outstanding: the commands of a pipeline or a MULTI/EXEC block sent together count
// once, a blocking XREADGROUP once. It is counted when its first reply comes back, so a blocking
// read counts with the job it returns, not when it was sent. As with the hook, two kinds are
// counted apart: the handshake that opens a connection (HELLO, CLIENT SETINFO, AUTH, SELECT
// before any other command), which is a pool growing, not a turn's work; and a consumer's poll
// that found nothing (an XREADGROUP that timed out empty, an XAUTOCLAIM that claimed nothing),
// which a replica makes whether or not there is work.
type redisProxy struct {
	ln     net.Listener
	target string

	roundTrips atomic.Int64 // handshakes and idle polls excluded
	handshakes atomic.Int64
	idlePolls  atomic.Int64
	commands   atomic.Int64
	mu         sync.Mutex
	byName     map[string]int64
	scripts    map[string]string // script SHA1 -> the commands it calls, learnt from EVAL
}

// startRedisProxy listens on a free local port and forwards each connection to target.
func startRedisProxy(target string) (*redisProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen for the redis proxy: %w", err)
	}
	p := &redisProxy{ln: ln, target: target, byName: map[string]int64{}, scripts: map[string]string{}}
	go p.accept()
	return p, nil
}

// URL is the redis:// URL clients use to reach Redis through the proxy.
func (p *redisProxy) URL() string { return "redis://" + p.ln.Addr().String() }

// Close stops accepting; open connections end when their clients or the server close them.
func (p *redisProxy) Close() { p.ln.Close() }

// setup returns how many round trips so far opened a connection (its handshake), and how many
// were polls that found nothing; neither is in counts.
func (p *redisProxy) setup() (handshakes, idlePolls int64) {
	return p.handshakes.Load(), p.idlePolls.Load()
}

// counts returns the round trips and commands so far, and the commands by name.
func (p *redisProxy) counts() (roundTrips, commands int64, byName map[string]int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.roundTrips.Load(), p.commands.Load(), maps.Clone(p.byName)
}

func (p *redisProxy) accept() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		go p.serve(c)
	}
}

func (p *redisProxy) serve(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", p.target)
	if err != nil {
		return
	}
	defer server.Close()
	var sent inFlight
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer client.Close() // the server went away: so does the client's connection
		p.replies(server, client, &sent)
	}()
	p.requests(client, server, &sent)
	server.Close()
	<-done
}

// sentCommand is a command awaiting its reply: whether it began a round trip, and whether it was
// part of the connection's handshake.
type sentCommand struct {
	name            string
	starts, opening bool
}

// inFlight is a connection's commands awaiting replies, oldest first: Redis answers in order.
type inFlight struct {
	mu   sync.Mutex
	cmds []sentCommand
}

// push records c, which starts a round trip if nothing else was awaiting a reply.
func (f *inFlight) push(c sentCommand) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c.starts = len(f.cmds) == 0
	f.cmds = append(f.cmds, c)
}

func (f *inFlight) pop() (sentCommand, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.cmds) == 0 {
		return sentCommand{}, false
	}
	c := f.cmds[0]
	f.cmds = f.cmds[1:]
	return c, true
}

// requests forwards commands from client to server, counting each. A burst is forwarded once all
// of it is parsed, so the server cannot answer the head of a pipeline before its tail is known.
func (p *redisProxy) requests(client, server net.Conn, sent *inFlight) {
	r := &respReader{r: bufio.NewReaderSize(client, 1<<20)}
	opening := true // no command but the handshake's yet
	for {
		name, args, err := r.command()
		if err != nil {
			return
		}
		opening = opening && slices.Contains([]string{"HELLO", "CLIENT", "AUTH", "SELECT"}, name)
		p.mu.Lock()
		label := p.label(name, args)
		sent.push(sentCommand{name: name, opening: opening})
		if !opening { // a handshake's commands are counted as handshakes only
			p.commands.Add(1)
			p.byName[label]++
		}
		p.mu.Unlock()
		if r.r.Buffered() == 0 {
			if _, err := server.Write(r.out); err != nil {
				return
			}
			r.out = r.out[:0]
		}
	}
}

// replies forwards replies from server to client; each top-level reply but a push answers the
// oldest command awaiting one, and the first reply of a round trip counts it, before the reply
// reaches the client, so that whatever the client does next sees it counted.
func (p *redisProxy) replies(server, client net.Conn, sent *inFlight) {
	r := &respReader{r: bufio.NewReaderSize(server, 1<<20)}
	for {
		v, err := r.value()
		if err != nil {
			return
		}
		if c, ok := sent.pop(); ok && !v.push && c.starts {
			switch {
			case c.opening:
				p.handshakes.Add(1)
			case c.name == "XREADGROUP" && v.null, c.name == "XAUTOCLAIM" && len(v.elems) > 1 && v.elems[1] == 0:
				p.idlePolls.Add(1)
			default:
				p.roundTrips.Add(1)
			}
		}
		if r.r.Buffered() == 0 {
			if _, err := client.Write(r.out); err != nil {
				return
			}
			r.out = r.out[:0]
		}
	}
}

// respReader reads RESP2 and RESP3 values, keeping the raw bytes read in out for forwarding.
type respReader struct {
	r   *bufio.Reader
	out []byte
}

func (r *respReader) line() ([]byte, error) {
	start := len(r.out)
	for {
		chunk, err := r.r.ReadSlice('\n')
		r.out = append(r.out, chunk...)
		if err == nil {
			return r.out[start:], nil
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return nil, err
		}
	}
}

func (r *respReader) bytes(n int) ([]byte, error) {
	start := len(r.out)
	r.out = append(r.out, make([]byte, n)...)
	if _, err := io.ReadFull(r.r, r.out[start:]); err != nil {
		return nil, err
	}
	return r.out[start:], nil
}

// length parses the count of a "*3\r\n" or "$5\r\n" header.
func length(line []byte) (int, error) {
	n, err := strconv.Atoi(string(bytes.TrimRight(line[1:], "\r\n")))
	if err != nil {
		return 0, fmt.Errorf("resp: bad length %q", line)
	}
	return n, nil
}

// command reads one client command and returns its name, upper-cased, and for EVAL and
// EVALSHA the script or its SHA1.
func (r *respReader) command() (name, script string, err error) {
	head, err := r.line()
	if err != nil {
		return "", "", err
	}
	if len(head) == 0 || head[0] != '*' {
		// An inline command: its first word is the name.
		f := bytes.Fields(head)
		if len(f) == 0 {
			return "", "", nil
		}
		return string(bytes.ToUpper(f[0])), "", nil
	}
	n, err := length(head)
	if err != nil {
		return "", "", err
	}
	for i := range n {
		h, err := r.line()
		if err != nil {
			return "", "", err
		}
		m, err := length(h)
		if err != nil {
			return "", "", err
		}
		b, err := r.bytes(m + 2)
		if err != nil {
			return "", "", err
		}
		switch {
		case i == 0:
			name = string(bytes.ToUpper(b[:m]))
		case i == 1 && (name == "EVAL" || name == "EVALSHA"):
			script = string(b[:m])
		}
	}
	return name, script, nil
}

// scriptCalls finds the commands a Lua script calls.
var scriptCalls = regexp.MustCompile(`redis\.p?call\(\s*['"]([A-Za-z]+)['"]`)

// label names a script by the commands it calls, so that a count of EVALSHA says which script
// ran: "EVALSHA[HSET+PEXPIRE]". go-redis sends a script's body (EVAL) the first time, on
// NOSCRIPT, which teaches the proxy its SHA1. p.mu is held.
func (p *redisProxy) label(name, script string) string {
	switch name {
	case "EVAL":
		var calls []string
		for _, m := range scriptCalls.FindAllStringSubmatch(script, -1) {
			if c := strings.ToUpper(m[1]); !slices.Contains(calls, c) {
				calls = append(calls, c)
			}
		}
		sum := sha1.Sum([]byte(script))
		p.scripts[hex.EncodeToString(sum[:])] = "[" + strings.Join(calls, "+") + "]"
		return name + p.scripts[hex.EncodeToString(sum[:])]
	case "EVALSHA":
		if l, ok := p.scripts[strings.ToLower(script)]; ok {
			return name + l
		}
		return name + "[" + script[:min(8, len(script))] + "]"
	}
	return name
}

// respReply is what the proxy needs to know of a reply: whether it was a push (out-of-band,
// answering no command), whether it was null (a blocking read that timed out), and for an
// aggregate, the number of elements of each of its elements (0 for a non-aggregate).
type respReply struct {
	push, null bool
	n          int
	elems      []int
}

// value reads one reply.
func (r *respReader) value() (respReply, error) {
	head, err := r.line()
	if err != nil {
		return respReply{}, err
	}
	if len(head) < 3 {
		return respReply{}, fmt.Errorf("resp: short line %q", head)
	}
	switch head[0] {
	case '+', '-', ':', ',', '#', '(':
		return respReply{}, nil
	case '_':
		return respReply{null: true}, nil
	case '$', '!', '=':
		n, err := length(head)
		if err != nil || n < 0 {
			return respReply{null: n < 0}, err
		}
		_, err = r.bytes(n + 2)
		return respReply{}, err
	case '*', '~', '>', '%', '|':
		n, err := length(head)
		if err != nil || n < 0 {
			return respReply{null: n < 0}, err
		}
		if head[0] == '%' || head[0] == '|' {
			n *= 2
		}
		v := respReply{n: n, push: head[0] == '>'}
		for range n {
			e, err := r.value()
			if err != nil {
				return respReply{}, err
			}
			v.elems = append(v.elems, e.n)
		}
		if head[0] == '|' {
			// Attributes precede the reply they describe.
			return r.value()
		}
		return v, nil
	}
	return respReply{}, fmt.Errorf("resp: unknown type %q", head[0])
}
