module firststeps

go 1.26.8

require (
	github.com/andybalholm/brotli v1.2.8 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/jdkato/prose/v3 v3.2.3 // indirect
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
