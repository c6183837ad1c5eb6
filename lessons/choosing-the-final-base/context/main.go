// rates answers every request with today's euro exchange rates, fetched over HTTPS from the
// European Central Bank, and the time it fetched them in Frankfurt.
package main

import (
	"io"
	"log"
	"net/http"
	"time"
)

const source = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"

func rates(w http.ResponseWriter, r *http.Request) {
	frankfurt, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := http.Get(source)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/xml")
	w.Header().Set("X-Fetched-At", time.Now().In(frankfurt).Format(time.RFC3339))
	io.Copy(w, resp.Body)
}

func main() {
	http.HandleFunc("/", rates)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
