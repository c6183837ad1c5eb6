FROM golang:1.26 AS build
RUN apt-get update && apt-get install -y nodejs npm
WORKDIR /src

# The front end: a React app built by Vite
COPY web/package.json web/package-lock.json web/
RUN cd web && npm ci
COPY web/ web/
RUN cd web && npm run build

# The back end: a Go server
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/shop .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/web/dist /static
COPY --from=build /out/shop /shop
CMD ["/shop"]
