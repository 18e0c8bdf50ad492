package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/internal/signing"
)

func (a *app) keygenCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Write an Ed25519 key pair that signs the audit record",
		Long: `keygen writes a new Ed25519 key pair: OUT.key, the private key (PEM, PKCS #8,
mode 0600), which run --sign-key and verify --sign-key sign the record
with; and OUT.pub, the public key (PEM, PKIX), which understudy
check-record and report --public-key check it with. Give the public key to
the auditors; keep the private key where the refresh runs, as you keep the
masking secret. It never overwrites a file: an existing OUT.key or OUT.pub
is an error, and nothing is written. It prints the key ID, the short
fingerprint every signed record names its key by.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return usagef("--out: name the key files (OUT.key and OUT.pub)")
			}
			keyPath, pubPath := out+".key", out+".pub"
			for _, p := range []string{keyPath, pubPath} {
				if _, err := os.Lstat(p); err == nil {
					return usagef("%s exists: keygen never overwrites a key; choose another --out, or remove it first", p)
				}
			}
			key, err := signing.Generate()
			if err != nil {
				return err
			}
			if err := createFile(keyPath, key.MarshalPEM(), 0o600); err != nil {
				return err
			}
			if err := createFile(pubPath, key.Public().MarshalPEM(), 0o644); err != nil {
				os.Remove(keyPath)
				return err
			}
			fmt.Fprintf(a.stdout, "wrote %s (private key: keep it secret) and %s (public key: for the auditors)\nkey id %s\n", keyPath, pubPath, key.ID())
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "understudy", "write the key pair to OUT.key and OUT.pub")
	return cmd
}

// createFile writes a new file with the given mode, failing when it
// exists (O_EXCL: a key is never overwritten, even by a race).
func createFile(path string, data []byte, mode fs.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if errors.Is(err, fs.ErrExist) {
		return usagef("%s exists: keygen never overwrites a key; choose another --out, or remove it first", path)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// signKey reads --sign-key's private key, or nil when the flag is empty.
// A key file that others can read is used, with a warning: group access
// is how a container platform hands a secret to a non-root user.
func signKey(path string, log *slog.Logger) (*signing.PrivateKey, error) {
	if path == "" {
		return nil, nil
	}
	data, err := readPrivate(path, "--sign-key", 0o007, "the signing key can be read by every user; chmod 600 it", log)
	if err != nil {
		return nil, err
	}
	key, err := signing.ParsePrivateKey(data)
	if err != nil {
		return nil, usagef("--sign-key %s: %v", path, err)
	}
	return key, nil
}

// publicKey reads --public-key's key, or nil when the flag is empty.
func publicKey(path string) (*signing.PublicKey, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("--public-key: %v", err)
	}
	key, err := signing.ParsePublicKey(data)
	if err != nil {
		return nil, usagef("--public-key %s: %v", path, err)
	}
	return key, nil
}
