package berita
