"""Money is an integer number of fen (分) everywhere; these helpers keep it exact."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


def split_largest_remainder(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` fen over ``weights`` so the parts add up to ``total`` exactly.

    Each part gets the floor of its proportional share; the fen left over go one each to the
    parts with the largest remainders (earlier parts win ties), so no part is off by more than 1.
    """
    if total < 0:
        raise ValueError("total must not be negative")
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    weight_sum = sum(weights)
    if not weights:
        return []
    if weight_sum == 0:
        weights, weight_sum = [1] * len(weights), len(weights)
    parts = [total * w // weight_sum for w in weights]
    remainders = [total * w % weight_sum for w in weights]
    left = total - sum(parts)
    for index in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:left]:
        parts[index] += 1
    return parts


def yuan_to_fen(value: str | int) -> int:
    """Parse a yuan amount written by a person ("12.3", "12.30") into fen, rejecting sub-fen."""
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"amount has more than two decimals: {value!r}")
    return int(fen)


def fen_to_yuan(fen: int) -> str:
    """Render fen as a yuan string with two decimals ("1234" → "12.34") for display only."""
    return str((Decimal(fen) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
