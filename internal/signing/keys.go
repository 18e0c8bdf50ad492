package signing

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"fmt"
)

// PEM block types of the key files.
const (
	privateKeyBlock = "PRIVATE KEY"
	publicKeyBlock  = "PUBLIC KEY"
)

// PrivateKey is an Ed25519 signing key.
type PrivateKey struct {
	key ed25519.PrivateKey
	pub *PublicKey
}

// PublicKey is the Ed25519 key that checks a record.
type PublicKey struct {
	key ed25519.PublicKey
	id  string
}

// Generate makes a new key pair from the system's random source.
func Generate() (*PrivateKey, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("signing: generate a key: %w", err)
	}
	return newPrivateKey(key), nil
}

func newPrivateKey(key ed25519.PrivateKey) *PrivateKey {
	return &PrivateKey{key: key, pub: newPublicKey(key.Public().(ed25519.PublicKey))}
}

func newPublicKey(key ed25519.PublicKey) *PublicKey {
	der, err := x509.MarshalPKIXPublicKey(key)
	if err != nil {
		// An ed25519.PublicKey of the right size always marshals.
		panic("signing: marshal an Ed25519 public key: " + err.Error())
	}
	sum := sha256.Sum256(der)
	return &PublicKey{key: key, id: hex.EncodeToString(sum[:8])}
}

// Public is the key's public half.
func (k *PrivateKey) Public() *PublicKey { return k.pub }

// ID is the key's short fingerprint (see the package documentation).
func (k *PrivateKey) ID() string { return k.pub.id }

// ID is the key's short fingerprint (see the package documentation).
func (k *PublicKey) ID() string { return k.id }

// MarshalPEM is the private key as a PEM "PRIVATE KEY" block (PKCS #8).
func (k *PrivateKey) MarshalPEM() []byte {
	der, err := x509.MarshalPKCS8PrivateKey(k.key)
	if err != nil {
		panic("signing: marshal an Ed25519 private key: " + err.Error())
	}
	return pem.EncodeToMemory(&pem.Block{Type: privateKeyBlock, Bytes: der})
}

// MarshalPEM is the public key as a PEM "PUBLIC KEY" block (PKIX).
func (k *PublicKey) MarshalPEM() []byte {
	der, err := x509.MarshalPKIXPublicKey(k.key)
	if err != nil {
		panic("signing: marshal an Ed25519 public key: " + err.Error())
	}
	return pem.EncodeToMemory(&pem.Block{Type: publicKeyBlock, Bytes: der})
}

// KeyError is a key file that does not hold the key asked for. Msg says
// what it holds instead and what would be right.
type KeyError struct{ Msg string }

func (e *KeyError) Error() string { return e.Msg }

// keyFile is one half of a key pair as a file holds it.
type keyFile struct {
	block string // its PEM block type
	// other is the other half's block type, and wrongHalf what to say
	// when the file holds it instead.
	other, wrongHalf string
	parse            func(der []byte) (any, error)
	format           string // the DER encoding, for errors
}

var (
	privateKeyFile = keyFile{privateKeyBlock, publicKeyBlock,
		"is a public key: signing needs the private key (the .key file understudy keygen wrote)", x509.ParsePKCS8PrivateKey, "PKCS #8 private key"}
	publicKeyFile = keyFile{publicKeyBlock, privateKeyBlock,
		"is a private key: checking needs only the public key (the .pub file understudy keygen wrote); keep the private key where the runs sign", x509.ParsePKIXPublicKey, "PKIX public key"}
)

// read returns the key the file's only PEM block holds.
func (f keyFile) read(data []byte) (any, error) {
	block, rest := pem.Decode(data)
	if block == nil {
		return nil, &KeyError{Msg: fmt.Sprintf("not a PEM file: want a %q block, as understudy keygen writes", f.block)}
	}
	if next, _ := pem.Decode(rest); next != nil {
		return nil, &KeyError{Msg: fmt.Sprintf("holds more than one PEM block: want one %q block", f.block)}
	}
	switch block.Type {
	case f.block:
	case f.other:
		return nil, &KeyError{Msg: f.wrongHalf}
	default:
		return nil, &KeyError{Msg: fmt.Sprintf("holds a %q block: want an Ed25519 %q block, as understudy keygen writes", block.Type, f.block)}
	}
	key, err := f.parse(block.Bytes)
	if err != nil {
		return nil, &KeyError{Msg: fmt.Sprintf("not a %s: %v", f.format, err)}
	}
	return key, nil
}

// ParsePrivateKey reads a private key file as MarshalPEM writes it.
func ParsePrivateKey(data []byte) (*PrivateKey, error) {
	key, err := privateKeyFile.read(data)
	if err != nil {
		return nil, err
	}
	ed, ok := key.(ed25519.PrivateKey)
	if !ok {
		return nil, &KeyError{Msg: fmt.Sprintf("is a %T key: want Ed25519 (understudy keygen, or openssl genpkey -algorithm ed25519)", key)}
	}
	return newPrivateKey(ed), nil
}

// ParsePublicKey reads a public key file as MarshalPEM writes it.
func ParsePublicKey(data []byte) (*PublicKey, error) {
	key, err := publicKeyFile.read(data)
	if err != nil {
		return nil, err
	}
	ed, ok := key.(ed25519.PublicKey)
	if !ok {
		return nil, &KeyError{Msg: fmt.Sprintf("is a %T key: want Ed25519", key)}
	}
	return newPublicKey(ed), nil
}
