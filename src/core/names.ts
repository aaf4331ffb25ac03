/**
 * The grammatical gender a given name usually carries, so that "she" is not resolved to a man nor "he" to a woman.
 * Only names that are overwhelmingly used for one gender are listed; a name missing here (or used for both, like
 * "Kelly" or "Jordan") leaves the person's gender unknown, and an unknown gender is compatible with any pronoun.
 */

import { words } from './lexicon';

export type Gender = 'female' | 'male';

const FEMALE_NAMES = words(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
  Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
  Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn
  Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Christina Lauren Joan Evelyn Judith Megan
  Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Anne Teresa Kathryn Sara Janice Jean Alice Madison Doris
  Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie
  Isabella Charlotte Rose Kayla Nikki Condoleezza Madeleine Hillary Huma Chelsea Ivanka Melania Michele Kellyanne
  Sheryl Carly Sarah Elise Jill Debbie Dianne Barbara Kirsten Tammy Claire Amy Maxine Loretta Valerie Susana Martha
  Jeanne Jan Janet Ileana Marsha Mazie Kamala Heidi Lisa Shelley Cathy Kay Joni Deb Nita Tulsi Megyn Katie Kate
  Katy Robin Gwen Mika Rachel Greta Laura Ana Sonia Sonya Alicia Lucia Carmen Rosa Gabriela Veronica Monica
  Erica Erika Tina Tara Wendy Paula Patty Peggy Penny Molly Sally Holly Kathy Karen Cindy Sandy Mandy Becky Jenny
  Connie Bonnie Lori Leslie Marcia Gail Lynn Lynne Ellen Eleanor Emily Ella Ellie Hannah Hilary Irene Iris
  Joanna Joanne Josephine Joy June Kristen Kristin Kristina Lena Lillian Lucy Mae Margo Marian Marianne Maureen
  Melanie Meredith Miriam Nora Norma Pauline Phyllis Priscilla Rita Roberta Ruby Samantha Selina Serena Shannon
  Sheila Sylvia Tamara Vanessa Vera Vicki Vivian Yvonne Zoe Fatima Aisha Layla Leila Yasmin Mariam Nour Olga
  Natalia Svetlana Irina Tatiana Yulia Angela Theresa Dilma Cristina Benazir Hannelore Ursula Marine Segolene
  Christiane Nicola Nadia Nina Rania Queen Princess Duchess Lady Dame Mrs Ms Miss Madam Madame Sister Mother Aunt
  Carole Marcia Lois Peggy Kathy Cathy Sue Susie Carrie Joanne Jennie Jenny Bonnie Tammy Terri Sherry Sheila Rita
  Irene Norma Bertha Edna Ethel Gladys Hazel Lillian Mildred Wanda Vera Vivian Yolanda Yvonne Agnes Beatrice Bernice
  Charlene Darlene Eileen Elsie Florence Geraldine Gina Jeanne Josephine Juanita Kristina Leona Lorraine Loretta
  Lucille Mabel Marjorie Marlene Maureen Meredith Miriam Nora Pauline Phyllis Regina Roberta Rosemary Sylvia Thelma
  Tiffany Kristy Caitlin Kaitlyn Madeline Jenna Kendra Kara Tara Krista Jasmine Keisha Latoya Tanya Meghan Colleen
  Erica Erika Candace Felicia Kristine Patty Becky Nellie Hattie Kellyanne Huma Ivanka Melania Omarosa Megyn Michele
  Tulsi Kamala Joni Dianne
  Louise Maryam Patti Deja Stacey Zeynep Ada Betsy Kirstjen Brooke Whitney Courtney Jeanine Janine Suzanne Susanne
  Elaine Ingrid Carla Claudia Natasha Sabrina Kelli Allison Alison Gretchen Harriet Ida Ivy Jocelyn Judi Kimberley
  Lorna Lydia Margarita Marisa Marissa Melinda Naomi Nadine Rochelle Roxanne Tamika Trisha Violet Wilma Elena
  Alexandria Ilhan Rashida Ayanna Kyrsten Maggie Jane Audrey
  Ines Inés Priya Imogen Fenella Liz Beth Aoife Siobhan Niamh Saoirse Freya Isla Ingrid Astrid Sigrid Annika Elif Zeynep
  Ayesha Anjali Deepika Sunita Lakshmi Chiara Francesca Giulia Elena Sofia Lucía Paola Marta Agnieszka Katarzyna
  Magdalena Aurélie Amélie Chloé Léa Manon Imani Amara Chiamaka Adaeze Folake Yewande Wanjiru Akua Efua Abena
  Maud Cerys Eleri Alys Marit Mei Fiona Mavis Enid Winifred Doreen Hilda Edith Morwenna Bronwen Sian Rhian Mairead
`);

const MALE_NAMES = words(`
  John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Steve Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
  Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
  Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy
  Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Billy Bruce
  Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis Bobby Philip
  Johnny Bill Barack Bernie Ted Marco Rand Mitt Newt Jeb Chris Mike Tom Tim Jim Bob Dick Ben Sam Nick Tony Rex
  Reince Rudy Rudolph Chuck Mitch Harry Orrin Rick Ricky Jon Corey Steve Stephen Mick Nate
  Ron Joaquin Julian Xavier Lamar Cory Herman Martin Marty Dan Danny Dave Doug Ed Eddie Fred
  Freddie Greg Hank Howard Jake Jerome Jimmy Jeff Ken Kenny Lou Luke Matt Max Mitchell Ned Neil Norman Oliver Oscar
  Pat Pete Phil Ray Rob Robbie Rod Rodney Roland Ross Sid Simon Stan Stanley Stuart Ted Teddy Todd Travis Trey Troy
  Vic Victor Vince Wade Warren Wesley Will Winston Zach Barry Bert Brett Clay Clint Craig Curt Curtis Dale Darrell
  Dean Derek Don Duncan Earl Elliot Elliott Ernest Floyd Glenn Gordon Grant Hal Harvey Hugh Hugo Ian Isaac Ivan
  Jared Jay Joel Karl Kurt Lance Leon Leonard Lloyd Malcolm Marvin Maurice Mel Milton
  Nelson Otto Owen Perry Preston Reggie Rex Rick Roger Rolf Roman Rusty Seth Shane Sherman Spencer Ted Terrence
  Theodore Tommy Trent Tucker Vern Walt Ward Wilbur Willard Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey
  Mikhail Nikolai Boris Igor Yuri Oleg Andrei Viktor Pavel Anatoly Gennady Petro Volodymyr Arseniy Vitali Vitaly
  Mohammed Muhammad Mohammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain Omar Abdullah Abdul Khalid Khaled
  Mahmoud Mustafa Ibrahim Youssef Yusuf Yousef Samir Tariq Karim Nabil Walid Bashar Hafez Rami Maher Qassem Qasem
  Hasan Nouri Haider Haidar Masoud Massoud Javad Akbar Recep Ahmet Binali Salman Fahd Faisal Saud Tamim Zayed Osama
  Ayman Hamid Hamad Rashid Saleh Salah Ehud Ariel Shimon Yitzhak Avigdor Naftali Yair Moshe Ismail Marwan Xi
  Shinzo Fumio Narendra Manmohan Rahul Imran Nawaz Pervez Asif Nelson Thabo Cyril Emmanuel Francois Nicolas
  Jacques Gerhard Helmut Olaf Horst Gordon Keir Rishi Pierre Luiz Jair Mauricio Evo Enrique Andres Felipe Carlos
  Pedro Pablo Javier Miguel Luis Jorge Mario Matteo Silvio Giuseppe Francesco Abdel Hosni Anwar Gamal Moammar
  Muammar Saddam King Prince Duke Lord Sir Mr Father Brother Uncle Pope Rev Reverend
  Clarence Ernest Herbert Frederick Leroy Jimmie Clifford Theodore Dwight Woodrow Ulysses Rutherford Millard Abraham
  Dustin Darrell Darryl Tyrone Terrence Reginald Cedric Dwayne Jamal Kareem Hakeem Rahm Reince
  Josh Jeffery Brent Antonin Sebastian Norbert Robby Zeke Sheldon Tad Dinesh Mehmet Gonzalo Florent Bradley Dante
  Marc Reid Kirk Chad Brad Colin Lester Hans Felix Leo Eli Abe Ike Gil Benny Andy Lyndon Eliot Cliff Darren Derrick
  Calvin Duane Neal Ruben Rafael Ramon Ricardo Sergio Fernando Alejandro Antonio Manuel Raul Ernesto Guillermo
  Bernard Gilbert Franklin Lyle Byron Alvin Marcus Jonah Ezra Caleb Isaiah Gavin Dominic Tristan Beto Alf
  Tunde Emeka Segun Dimitri Dmitry Sergei Nikolai Giovanni Giuseppe Luca Matteo Pierre François Henrik Lars Sven Erik
  Nils Pieter Joost Jens Jörg Jürgen Klaus Wolfgang Rajesh Rahul Sanjay Vikram Arjun Hiroshi Kenji Takeshi Mohammed
  Mohamed Muhammad Ahmed Ahmad Omar Hassan Hussein Khalid Tariq Youssef Ibrahim Mustafa Mehmet Emre Walter Felix Aled
  Owen Rhys Callum Declan Seamus Cormac Ciaran Marcus Derek Carl Ron Luis
  Gareth Jonas Trevor Clive Nigel Graham Rupert Alistair Kofi Kwame Amir Hamish Angus Rhodri Dafydd Ieuan Alun Emyr
`);

/** The gender a given name (or a title such as "Mrs" or "Sir") usually carries; null when unknown or either. */
export function genderOfGivenName(word: string): Gender | null {
  const female = FEMALE_NAMES.has(word);
  const male = MALE_NAMES.has(word);
  if (female === male) return null;
  return female ? 'female' : 'male';
}

/** Nouns for kin that tell a person's gender, lower-cased: "her father, Tomas", "his wife Morwenna". */
const GENDERED_KIN: ReadonlyMap<string, Gender> = new Map([
  ...['father', 'husband', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend', 'widower',
    'stepfather', 'stepson', 'dad'].map((noun): [string, Gender] => [noun, 'male']),
  ...['mother', 'wife', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'girlfriend', 'widow',
    'stepmother', 'stepdaughter', 'mom', 'mum'].map((noun): [string, Gender] => [noun, 'female']),
]);

/** The gender a noun for kin tells (see {@link GENDERED_KIN}), or null. */
export function genderOfKin(lowerCased: string): Gender | null {
  return GENDERED_KIN.get(lowerCased) ?? null;
}

/** The gender a personal pronoun marks (he/him/his, she/her/hers), or null for one that marks none. */
export function genderOfPronoun(lowerCased: string): Gender | null {
  if (lowerCased === 'he' || lowerCased === 'him' || lowerCased === 'his' || lowerCased === 'himself') return 'male';
  if (lowerCased === 'she' || lowerCased === 'her' || lowerCased === 'hers' || lowerCased === 'herself') return 'female';
  return null;
}
