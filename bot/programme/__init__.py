"""Reading a work programme document: its tables, cells, columns, leads and meetings."""
