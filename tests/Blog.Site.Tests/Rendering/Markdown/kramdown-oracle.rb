# The oracle for the Markdown differential tests: Jekyll 4.3's own converters with Jekyll's default options.
# Reads a JSON array of strings on stdin; writes a JSON array of what Jekyll makes of each.
#   ruby kramdown-oracle.rb markdown   # Jekyll::Converters::Markdown (kramdown, GFM parser, Rouge)
#   ruby kramdown-oracle.rb smartify   # the smartify filter (kramdown's SmartyPants parser)
require "json"
require "jekyll"

config = Jekyll::Configuration.from({ "quiet" => true })
converter =
  case ARGV.fetch(0, "markdown")
  when "smartify" then Jekyll::Converters::SmartyPants.new(config)
  else Jekyll::Converters::Markdown.new(config).tap(&:setup)
  end
inputs = JSON.parse($stdin.read)
$stdout.write(JSON.generate(inputs.map { |text| converter.convert(text) }))
