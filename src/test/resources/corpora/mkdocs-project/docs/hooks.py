def on_page(page): pass
