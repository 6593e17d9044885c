# Builds the e2e template database in ONE `rails runner` (each Rails boot costs ~3 s): schema,
# Redmine's default data, then a Trust & Safety project with abuse reports written the way
# reporters and reviewers write them. Prints one `CASELIGHT_SEED {json}` line for redmine.ts.
# Fixed times keep pages and fixtures stable from run to run.
require 'json'

ActiveRecord::Migration.verbose = false
ActiveRecord::Tasks::DatabaseTasks.migrate
ActiveRecord::Base.descendants.each(&:reset_column_information)
Redmine::DefaultData::Loader.load('en') if Redmine::DefaultData::Loader.no_data?

PASSWORD = 'caselight-e2e-pass'
Setting.rest_api_enabled = '1'

def user!(login, first, last, admin: false)
  user = User.find_by_login(login) || User.new(firstname: first, lastname: last, mail: "#{login}@example.test")
  user.login = login
  user.admin = admin
  user.password = user.password_confirmation = PASSWORD
  user.must_change_passwd = false
  user.save!
  user
end

admin = user!('admin', 'Redmine', 'Admin', admin: true)
reporter = user!('mlopez', 'Maria', 'Lopez')
reviewer = user!('tkim', 'Taylor', 'Kim')
lead = user!('asingh', 'Arjun', 'Singh')

project = Project.create!(name: 'Trust & Safety reports', identifier: 'ts-reports', is_public: false)
project.trackers = Tracker.all
[[reporter, 'Reporter'], [reviewer, 'Developer'], [lead, 'Manager']].each do |user, role|
  Member.new(project: project, principal: user, roles: [Role.find_by!(name: role)]).save!
end

reported = IssueCustomField.create!(
  name: 'Reported account', field_format: 'string', is_for_all: true, visible: true,
  is_filter: true, searchable: true, trackers: Tracker.all
)

at = ->(text) { Time.utc(*text.split(/[- :]/).map(&:to_i)) }
status = ->(name) { IssueStatus.find_by!(name: name) }
priority = ->(name) { IssuePriority.find_by!(name: name) }

def report!(project, cf, at, author:, subject:, description:, account:, priority:, status:, assignee:, created:, notes: [])
  issue = Issue.new(project: project, tracker: Tracker.find_by!(name: 'Support'), author: author,
                    subject: subject, description: description, priority: priority, status: status,
                    assigned_to: assignee, start_date: nil)
  issue.custom_field_values = { cf.id.to_s => account }
  issue.save!
  issue.update_columns(created_on: at.(created), updated_on: at.(created))
  journals = notes.map do |user, time, text, new_status|
    issue = Issue.find(issue.id) # init_journal keeps the first journal of an instance
    journal = issue.init_journal(user, text)
    issue.status = new_status if new_status
    issue.save!
    journal.update_columns(created_on: at.(time))
    issue.update_columns(updated_on: at.(time))
    { id: journal.id, author: user.name, notes: text }
  end
  { id: issue.id, subject: subject, author: author.name, reportedAccount: account, journals: journals }
end

issues = Mailer.with_deliveries(false) do
  load File.join(__dir__, 'seed-reports.rb')
  SEED_REPORTS.call(
    ->(**args) { report!(project, reported, at, **args) },
    { reporter: reporter, reviewer: reviewer, lead: lead, admin: admin },
    status, priority
  )
end

puts 'CASELIGHT_SEED ' + JSON.generate(
  apiKey: admin.api_key, reviewerApiKey: reviewer.api_key, password: PASSWORD,
  project: { id: project.id, identifier: project.identifier, name: project.name },
  reportedAccountFieldId: reported.id,
  users: [admin, reporter, reviewer, lead].to_h { |u| [u.login, { id: u.id, name: u.name }] },
  issues: issues
)
