// Package compress squeezes bytes the way the origin's precompressed
// assets are made: gzip and brotli at their best compression.
package compress

import (
	"bytes"
	"compress/gzip"
	"io"

	"github.com/andybalholm/brotli"
)

// Gzip returns raw gzipped at gzip.BestCompression.
func Gzip(raw []byte) ([]byte, error) {
	return squeeze(raw, func(w io.Writer) (io.WriteCloser, error) { return gzip.NewWriterLevel(w, gzip.BestCompression) })
}

// Brotli returns raw compressed with brotli at its best compression.
func Brotli(raw []byte) ([]byte, error) {
	return squeeze(raw, func(w io.Writer) (io.WriteCloser, error) {
		return brotli.NewWriterLevel(w, brotli.BestCompression), nil
	})
}

func squeeze(raw []byte, newWriter func(io.Writer) (io.WriteCloser, error)) ([]byte, error) {
	var buf bytes.Buffer
	w, err := newWriter(&buf)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(raw); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
