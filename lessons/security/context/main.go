// ledger answers GET /balance/{account} with the balance the company's private ledgerkit module
// computes from its bookings.
package main

import (
	"log"
	"net/http"

	"github.com/acme-finance/ledgerkit"
)

func main() {
	http.HandleFunc("GET /balance/{account}", func(w http.ResponseWriter, r *http.Request) {
		ledgerkit.WriteBalance(w, r.PathValue("account"))
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
