package anonymize

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"math"
	"math/rand/v2"

	"github.com/brianvoe/gofakeit/v7"
)

// PersonDomain is the domain of person seeds: every person field of a row is
// drawn from HMAC-SHA256(secret, "person" || 0x00 || source value of the
// person column), whichever column and table it masks.
const PersonDomain = "person"

// Seeder is the keyed state of one transformer instance: an HMAC-SHA256
// keyed with the secret, reset between values, and a faker over a PCG that is
// reseeded from each value's HMAC. It is owned by one worker and is not safe
// for concurrent use.
type Seeder struct {
	mac          hash.Hash
	prefix       []byte // domain || 0x00
	personPrefix []byte // "person" || 0x00
	sum          [32]byte
	pcg          *rand.PCG
	faker        *gofakeit.Faker
	fpe          *fpe
}

// newSeeder builds a worker's keyed state. block is the compiled rule's
// permutation cipher, shared: a cipher.Block from crypto/aes is safe for
// concurrent use.
func newSeeder(secret []byte, domain string, block cipher.Block) *Seeder {
	pcg := rand.NewPCG(0, 0)
	return &Seeder{
		mac:          hmac.New(sha256.New, secret),
		prefix:       append([]byte(domain), 0),
		personPrefix: append([]byte(PersonDomain), 0),
		pcg:          pcg,
		faker:        gofakeit.NewFaker(pcg, false),
		fpe:          &fpe{block: block},
	}
}

// permutationCipher derives the AES-128 key of a domain's format-preserving
// permutation: HMAC-SHA256(secret, domain || 0x01 || "fpe"). No value's seed
// can equal it: value seeds put 0x00 after the domain, and domains hold no
// NUL or 0x01 byte.
func permutationCipher(secret []byte, domain string) (cipher.Block, error) {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(domain))
	m.Write([]byte{1})
	m.Write([]byte("fpe"))
	key := m.Sum(nil)
	block, err := aes.NewCipher(key[:16])
	if err != nil {
		return nil, fmt.Errorf("permutation key: %w", err)
	}
	return block, nil
}

// Sum returns HMAC-SHA256(secret, domain || 0x00 || value). The array is
// reused by the next call.
func (s *Seeder) Sum(value []byte) *[32]byte {
	return s.sumWith(s.prefix, value)
}

// PersonSum returns the person seed of a source value.
func (s *Seeder) PersonSum(value []byte) *[32]byte {
	return s.sumWith(s.personPrefix, value)
}

func (s *Seeder) sumWith(prefix, value []byte) *[32]byte {
	s.mac.Reset()
	s.mac.Write(prefix)
	s.mac.Write(value)
	s.mac.Sum(s.sum[:0])
	return &s.sum
}

// Faker reseeds the instance's PCG from a seed and returns its faker. The
// faker's output is a function of the seed alone.
func (s *Seeder) Faker(seed *[32]byte) *gofakeit.Faker {
	s.pcg.Seed(binary.LittleEndian.Uint64(seed[0:8]), binary.LittleEndian.Uint64(seed[8:16]))
	return s.faker
}

// Seeded reseeds the PCG from a seed and returns it, for callers that draw
// numbers without the faker.
func (s *Seeder) Seeded(seed *[32]byte) *rand.PCG {
	s.pcg.Seed(binary.LittleEndian.Uint64(seed[0:8]), binary.LittleEndian.Uint64(seed[8:16]))
	return s.pcg
}

// fpe is a keyed permutation of fixed-length numeral strings (a Feistel
// network in the manner of NIST FF1, with AES-128 as round function). It maps
// distinct strings of one length and radix to distinct strings, which is what
// lets card, phone, ssn, iban, ipv4, ipv6 and mac preserve uniqueness without
// remembering the values they have seen.
type fpe struct {
	block   cipher.Block
	in, out [16]byte
}

const fpeRounds = 10

// maxHalf returns the longest half (in digits) whose value fits 62 bits.
func maxHalf(radix int) int {
	return int(62 / math.Log2(float64(radix)))
}

// permute replaces digits (each in [0, radix)) in place by their image.
// Strings longer than one Feistel block are permuted chunk by chunk, each
// chunk under its own tweak, which keeps the whole map a bijection.
func (f *fpe) permute(digits []byte, radix int, tweak uint64) {
	chunk := min(2*maxHalf(radix), 62)
	for i := 0; i*chunk < len(digits); i++ {
		end := min((i+1)*chunk, len(digits))
		f.permuteBlock(digits[i*chunk:end], radix, tweak^uint64(i)*0x9e3779b97f4a7c15)
	}
}

func (f *fpe) permuteBlock(d []byte, radix int, tweak uint64) {
	k := len(d)
	if k < 2 {
		if k == 1 {
			// A one-digit string: a keyed rotation is the whole permutation.
			d[0] = byte((uint64(d[0]) + f.round(0, k, radix, tweak, 0)) % uint64(radix))
		}
		return
	}
	u := k / 2
	v := k - u
	r := uint64(radix)
	a, b := numeral(d[:u], r), numeral(d[u:], r)
	pu, pv := pow(r, u), pow(r, v)
	for i := range fpeRounds {
		m := pu
		if i%2 == 1 {
			m = pv
		}
		c := (a + f.round(i, k, radix, tweak, b)%m) % m
		a, b = b, c
	}
	digitsOf(d[:u], a, r)
	digitsOf(d[u:], b, r)
}

func (f *fpe) round(i, k, radix int, tweak, b uint64) uint64 {
	binary.LittleEndian.PutUint64(f.in[0:8], b)
	t := tweak&(1<<45-1) | uint64(i)<<45 | uint64(k&63)<<49 | uint64(radix&511)<<55
	binary.LittleEndian.PutUint64(f.in[8:16], t)
	f.block.Encrypt(f.out[:], f.in[:])
	return binary.LittleEndian.Uint64(f.out[0:8])
}

func numeral(d []byte, radix uint64) uint64 {
	var n uint64
	for _, x := range d {
		n = n*radix + uint64(x)
	}
	return n
}

func digitsOf(d []byte, n, radix uint64) {
	for i := len(d) - 1; i >= 0; i-- {
		d[i] = byte(n % radix)
		n /= radix
	}
}

func pow(r uint64, n int) uint64 {
	p := uint64(1)
	for range n {
		p *= r
	}
	return p
}

// tweakOf hashes bytes into a tweak (FNV-1a).
func tweakOf(parts ...[]byte) uint64 {
	h := uint64(14695981039346656037)
	for _, p := range parts {
		for _, c := range p {
			h ^= uint64(c)
			h *= 1099511628211
		}
		h ^= 0xff
		h *= 1099511628211
	}
	return h
}
