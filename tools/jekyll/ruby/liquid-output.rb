# frozen_string_literal: true

# A Jekyll plugin for `npm run import:jekyll` (docs/migration.md): while Jekyll builds the old site, it
# keeps each Markdown or HTML document's text as Jekyll's Liquid left it, just before kramdown converts
# it (an HTML document's is its page without the layout), and
# writes them all to `.liquid-output.json` in the destination folder. The import takes a document's
# text from there when its Liquid has no Markdown equivalent (assign, if, for, includes with logic,
# the site's own tags), so the post reads as the old site showed it.
#
#   jekyll build -s <old site> -d <old _site> --plugins <old site>/_plugins,<this blog>/tools/jekyll/ruby
require "json"

module BlogImportLiquidOutput
  FILE_NAME = ".liquid-output.json"

  class << self
    def texts
      @texts ||= {}
    end
  end

  # Renderer#convert receives the Liquid output of the document being rendered.
  module CaptureBeforeConvert
    def convert(content)
      if document.respond_to?(:relative_path) && %w(.md .markdown .mkd .mkdn .mdown .html .htm).include?(document.extname.to_s.downcase)
        BlogImportLiquidOutput.texts[document.relative_path.to_s] = content.to_s
      end
      super
    end
  end
end

Jekyll::Renderer.prepend(BlogImportLiquidOutput::CaptureBeforeConvert)

Jekyll::Hooks.register :site, :post_write do |site|
  File.write(File.join(site.dest, BlogImportLiquidOutput::FILE_NAME), JSON.generate(BlogImportLiquidOutput.texts))
end
