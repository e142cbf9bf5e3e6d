"""What every context uses: database, errors, auth, cache, jobs, events, money, pagination."""
