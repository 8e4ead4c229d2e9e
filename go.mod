module github.com/framelens/framelens

go 1.26.8
