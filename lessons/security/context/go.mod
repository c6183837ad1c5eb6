module example.com/ledger

go 1.26

require github.com/acme-finance/ledgerkit v1.4.2
