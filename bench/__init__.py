"""Benchmarks (`python -m bench.<name>`); see the README's benchmark table."""

from faker.providers.address import it_IT as _faker_it

# Faker builds the Italian city list from a set, so its order (and every labeled set that
# draws an Italian city) changed with Python's hash seed: sorted, the sets are the same in
# every process.
_faker_it.Provider.cities = sorted(_faker_it.Provider.cities)
