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

// pemBlock returns the file's only PEM block.
func pemBlock(data []byte, want string) (*pem.Block, error) {
	block, rest := pem.Decode(data)
	if block == nil {
		return nil, &KeyError{Msg: fmt.Sprintf("not a PEM file: want a %q block, as understudy keygen writes", want)}
	}
	if next, _ := pem.Decode(rest); next != nil {
		return nil, &KeyError{Msg: fmt.Sprintf("holds more than one PEM block: want one %q block", want)}
	}
	return block, nil
}

// ParsePrivateKey reads a private key file as MarshalPEM writes it.
func ParsePrivateKey(data []byte) (*PrivateKey, error) {
	block, err := pemBlock(data, privateKeyBlock)
	if err != nil {
		return nil, err
	}
	switch block.Type {
	case privateKeyBlock:
	case publicKeyBlock:
		return nil, &KeyError{Msg: "is a public key: signing needs the private key (the .key file understudy keygen wrote)"}
	default:
		return nil, &KeyError{Msg: fmt.Sprintf("holds a %q block: want an Ed25519 %q block, as understudy keygen writes", block.Type, privateKeyBlock)}
	}
	key, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, &KeyError{Msg: fmt.Sprintf("not a PKCS #8 private key: %v", err)}
	}
	ed, ok := key.(ed25519.PrivateKey)
	if !ok {
		return nil, &KeyError{Msg: fmt.Sprintf("is a %T key: want Ed25519 (understudy keygen, or openssl genpkey -algorithm ed25519)", key)}
	}
	return newPrivateKey(ed), nil
}

// ParsePublicKey reads a public key file as MarshalPEM writes it.
func ParsePublicKey(data []byte) (*PublicKey, error) {
	block, err := pemBlock(data, publicKeyBlock)
	if err != nil {
		return nil, err
	}
	switch block.Type {
	case publicKeyBlock:
	case privateKeyBlock:
		return nil, &KeyError{Msg: "is a private key: checking needs only the public key (the .pub file understudy keygen wrote); keep the private key where the runs sign"}
	default:
		return nil, &KeyError{Msg: fmt.Sprintf("holds a %q block: want an Ed25519 %q block, as understudy keygen writes", block.Type, publicKeyBlock)}
	}
	key, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, &KeyError{Msg: fmt.Sprintf("not a PKIX public key: %v", err)}
	}
	ed, ok := key.(ed25519.PublicKey)
	if !ok {
		return nil, &KeyError{Msg: fmt.Sprintf("is a %T key: want Ed25519", key)}
	}
	return newPublicKey(ed), nil
}
