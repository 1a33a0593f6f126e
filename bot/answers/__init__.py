"""Questions answered from the programme: what is on, who presents, what is due, in or late."""
