# Runs the generators of a Jekyll site's own Ruby plugins (_plugins/*.rb) and prints the pages they add as JSON.
# Blog renders those pages itself; only the site's Ruby code runs in Ruby, with Jekyll loaded as that code expects.
#   ruby generate-pages.rb SOURCE [CONFIG_FILE...]
require "json"
require "time"
require "tmpdir"
require "jekyll"

source = ARGV[0]
config_files = ARGV[1..]

def plain(value)
  case value
  when Jekyll::Document then { "$document" => value.relative_path }
  when Jekyll::Page then { "$page" => value.url }
  when Jekyll::Drops::Drop then plain(value.to_h)
  when Hash then value.to_h { |k, v| [k.to_s, plain(v)] }
  when Array then value.map { |v| plain(v) }
  when Time then { "$time" => value.xmlschema }
  when Date then { "$time" => value.to_time.xmlschema }
  when String, Integer, Float, true, false, nil then value
  else value.to_s
  end
end

begin
  Jekyll.logger.log_level = :error
  Dir.mktmpdir("blog-plugins-") do |unused_destination|
    overrides = { "source" => source, "destination" => unused_destination, "quiet" => true }
    overrides["config"] = config_files unless config_files.empty?
    site = Jekyll::Site.new(Jekyll.configuration(overrides))
    site.reset
    site.read
    plugin_dirs = site.plugin_manager.plugins_path.map { |dir| File.expand_path(dir) + "/" }
    before = site.pages.map(&:object_id)
    site.generators.each do |generator|
      file = generator.method(:generate).source_location&.first
      next unless file && plugin_dirs.any? { |dir| File.expand_path(file).start_with?(dir) }
      generator.generate(site)
    end
    pages = site.pages.reject { |page| before.include?(page.object_id) }.map do |page|
      pager = page.respond_to?(:pager) && page.pager ? plain(page.pager.to_liquid) : nil
      { "url" => page.url, "output" => page.destination(site.dest).delete_prefix(site.dest), "name" => page.name, "data" => plain(page.data),
        "content" => page.content.to_s, "pager" => pager }
    end
    puts JSON.generate({ "pages" => pages })
  end
rescue Exception => e # a plugin's own mistake, reported where it is
  place = e.backtrace&.find { |line| line.include?("/_plugins/") } || e.backtrace&.first
  puts JSON.generate({ "error" => "#{e.class}: #{e.message}", "at" => place })
end
