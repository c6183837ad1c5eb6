FROM golang:1.26
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/hello .
EXPOSE 8080
CMD ["hello"]
