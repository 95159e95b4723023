"""The facilitator's capture screen and its parts."""
